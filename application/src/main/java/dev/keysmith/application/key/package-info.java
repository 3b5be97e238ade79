/** The key lifecycle service (generate, list, change, regenerate, revoke) and the deployment's key issuing policy. */
package dev.keysmith.application.key;
