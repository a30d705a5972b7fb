/**
 * Yaoshi's SSH agent: the protocol of OpenSSH's {@code PROTOCOL.agent} and the IETF draft on a Unix domain socket
 * (the JDK's own), serving the keys the vault's policies offer. No JavaFX here: keys reach it through
 * {@link io.yaoshi.agent.AgentKeys}, and a prompt through {@link io.yaoshi.agent.Approval}, which the desktop app and
 * the command line implement.
 */
package io.yaoshi.agent;
