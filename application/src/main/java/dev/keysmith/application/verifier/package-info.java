/** The service that issues, rolls and switches off product backends' credentials. */
package dev.keysmith.application.verifier;
