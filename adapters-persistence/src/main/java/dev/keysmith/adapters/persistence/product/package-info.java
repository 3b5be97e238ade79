/** PostgreSQL storage of the product catalogue. */
package dev.keysmith.adapters.persistence.product;
