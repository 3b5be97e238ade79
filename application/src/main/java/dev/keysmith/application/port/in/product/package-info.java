/** Use cases of the product catalogue: define, change, list and read products. */
package dev.keysmith.application.port.in.product;
