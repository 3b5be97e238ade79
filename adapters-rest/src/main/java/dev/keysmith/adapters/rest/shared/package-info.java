/** What every REST resource shares: the page response and strict reading of path and query parameters. */
package dev.keysmith.adapters.rest.shared;
