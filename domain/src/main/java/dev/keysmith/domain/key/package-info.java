/** The API key and its lifecycle (issue, change, regenerate, revoke, expire), its parts and its inactivity policy. */
package dev.keysmith.domain.key;
