/**
 * What Yaoshi writes for OpenSSH's client: public key files under {@code ~/.ssh/yaoshi} and the Host blocks that pin
 * each key to Yaoshi's agent, in {@code ssh_config} syntax. No JavaFX.
 */
package io.yaoshi.sshconfig;
