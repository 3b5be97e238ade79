/** The service that decides which products an account may use: requests by SUPERADMINs, decisions by operators. */
package dev.keysmith.application.access;
