/** The HTTP edge before any resource: security headers and problem documents for refused requests. */
package dev.keysmith.bootstrap.web;
