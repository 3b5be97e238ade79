/** Settings (KeysmithConfig, the one duration grammar), embedded defaults (roles, keys, pepper), first operator. */
package dev.keysmith.bootstrap.config;
