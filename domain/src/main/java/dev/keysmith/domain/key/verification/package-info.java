/** Whether a key is good for a call: the facts checked and the one verification code they give. */
package dev.keysmith.domain.key.verification;
