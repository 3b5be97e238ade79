/** The service that lets an account's ADMINs read and mark its in-app notifications. */
package dev.keysmith.application.notification;
