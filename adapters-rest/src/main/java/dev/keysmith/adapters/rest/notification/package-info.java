/** REST resource for an account's in-app notifications. */
package dev.keysmith.adapters.rest.notification;
