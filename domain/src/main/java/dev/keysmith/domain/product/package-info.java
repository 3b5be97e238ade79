/** The product catalogue: products, their codes, key prefixes and scopes. */
package dev.keysmith.domain.product;
