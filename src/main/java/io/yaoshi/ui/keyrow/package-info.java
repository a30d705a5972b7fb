/**
 * How one key pair reads in the user's language, shared by the key list and the details panel beside it: a row's
 * texts ({@link io.yaoshi.ui.keyrow.KeyRow}) and the formatter that makes them.
 */
package io.yaoshi.ui.keyrow;
