/** REST resource and records of the hot path: product backends verify keys. */
package dev.keysmith.adapters.rest.verify;
