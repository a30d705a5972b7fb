/**
 * One Yaoshi per user: the running instance (the desktop app, or {@code agent serve}) listens on an owner-only Unix
 * socket in the data folder; a second launch hands over to it — "show your window", or a command line to run on its
 * open vault, with the output streamed back and its prompts answered on the caller's terminal. No JavaFX here, so the
 * launcher's hand-over starts none.
 */
package io.yaoshi.instance;
