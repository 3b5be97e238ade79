/** Use cases of platform staff: invite, accept, list and deactivate operators. */
package dev.keysmith.application.port.in.operator;
