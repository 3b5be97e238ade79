/** REST resource and records for the product catalogue. */
package dev.keysmith.adapters.rest.product;
