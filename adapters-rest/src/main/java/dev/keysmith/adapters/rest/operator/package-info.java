/** REST resources and records for operators and operator invitations. */
package dev.keysmith.adapters.rest.operator;
