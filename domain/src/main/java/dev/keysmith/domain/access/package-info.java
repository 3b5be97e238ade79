/** An account's access to a product and the requests that lead to it; keys are issued only for ENABLED products. */
package dev.keysmith.domain.access;
