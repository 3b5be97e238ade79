/**
 * The admin web console at {@code /console}: server-rendered Qute pages with plain HTML forms that work without
 * JavaScript, calling the same use cases as the REST adapter. A signed-in person's access token travels in the
 * {@value dev.keysmith.adapters.web.ConsoleSession#COOKIE} cookie; every form carries a CSRF token
 * ({@link dev.keysmith.adapters.web.CsrfGuard}); errors become sentences next to the form or styled pages.
 */
package dev.keysmith.adapters.web;
