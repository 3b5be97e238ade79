/** REST resources for an account's and the platform's audit trail. */
package dev.keysmith.adapters.rest.audit;
