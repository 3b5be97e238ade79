/** Verifier clients: the credentials a product backend uses to ask whether keys are good. */
package dev.keysmith.domain.verifier;
