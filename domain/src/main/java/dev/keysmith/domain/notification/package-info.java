/** In-app notifications posted to an account, such as an expiry warning. */
package dev.keysmith.domain.notification;
