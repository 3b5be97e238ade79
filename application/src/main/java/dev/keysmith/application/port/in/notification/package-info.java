/** The use case that reads an account's in-app notifications and marks them as read. */
package dev.keysmith.application.port.in.notification;
