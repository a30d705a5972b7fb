package io.yaoshi.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.yaoshi.team.StoreAddressException.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreAddressTest {

    @Test
    void aLibpqAddressBecomesJdbcWithItsUserAndSettingsApart() {
        StoreAddress address = StoreAddress.parse(" postgresql://ops@db.example/yaoshi?sslmode=verify-full ");
        assertEquals("jdbc:postgresql://db.example:5432/yaoshi", address.jdbcUrl());
        assertEquals("ops", address.user());
        assertEquals(Map.of("sslmode", "verify-full"), address.settings());
        assertEquals("postgresql://ops@db.example/yaoshi?sslmode=verify-full", address.text());
        assertEquals("jdbc:postgresql://[::1]:6543/t", StoreAddress.parse("postgres://u@[::1]:6543/t").jdbcUrl());
        assertEquals("dba", StoreAddress.parse("postgresql://h/d?user=dba").user());
    }

    @Test
    void eachRefusalSaysWhyAndNeverHoldsThePassword() {
        Map<String, Problem> refused = Map.of(
                "not a url at all", Problem.NOT_A_URL,
                "db.example/yaoshi", Problem.NOT_POSTGRESQL,
                "mysql://h/d", Problem.NOT_POSTGRESQL,
                "postgresql://u:hunter2@h/d", Problem.HOLDS_PASSWORD,
                "postgresql://u@h/d?password=hunter2", Problem.HOLDS_PASSWORD,
                "postgresql:///d", Problem.NO_HOST,
                "postgresql://h", Problem.NO_DATABASE,
                "postgresql://h/a/b", Problem.NO_DATABASE,
                "postgresql://h/d?sslfactory=x", Problem.UNKNOWN_SETTING,
                "postgresql://h/d ^", Problem.NOT_A_URL);
        refused.forEach((typed, problem) -> {
            StoreAddressException e = assertThrows(StoreAddressException.class, () -> StoreAddress.parse(typed),
                    typed);
            assertEquals(problem, e.problem(), typed);
            assertFalse(e.getMessage().contains("hunter2"));
        });
    }
}
