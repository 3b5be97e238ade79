/** Cryptography and network ranges behind the ports: Argon2id, peppered key hashes, random tokens, IP ranges. */
package dev.keysmith.adapters.security;
