/** REST resource and records with which operators manage verifier clients. */
package dev.keysmith.adapters.rest.verifier;
