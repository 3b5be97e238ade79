/** PostgreSQL storage of product access per account and product. */
package dev.keysmith.adapters.persistence.access;
