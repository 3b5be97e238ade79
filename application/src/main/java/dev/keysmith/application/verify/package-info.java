/** The verification service behind the hot path: is this key good for this call? */
package dev.keysmith.application.verify;
