/** REST resources and records for product access: account product lists, access requests and decisions. */
package dev.keysmith.adapters.rest.access;
