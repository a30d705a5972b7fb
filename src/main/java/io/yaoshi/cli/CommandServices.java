package io.yaoshi.cli;

import io.yaoshi.backup.AutomaticBackups;
import io.yaoshi.backup.Backups;
import io.yaoshi.history.History;
import io.yaoshi.servers.Servers;
import io.yaoshi.service.AgentPolicies;
import io.yaoshi.service.CredentialService;
import io.yaoshi.service.KeyPairService;
import io.yaoshi.service.SyncService;
import io.yaoshi.service.VaultSession;
import io.yaoshi.team.Identities;
import io.yaoshi.team.Teams;

/** The services the commands work with, built once by the application's wiring (or by a test). */
public record CommandServices(VaultSession vault, KeyPairService keys, CredentialService credentials,
                              SyncService sync, Servers servers, AgentPolicies agentPolicies, History history,
                              Backups backups, AutomaticBackups automaticBackups, Identities identities,
                              Teams teams) {
}
