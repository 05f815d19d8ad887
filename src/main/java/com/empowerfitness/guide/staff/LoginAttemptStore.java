package com.empowerfitness.guide.staff;

/**
 * Failed sign-ins per username and per client address. Behind an interface so that several instances can
 * share the counts (a database table) later without touching the login code.
 */
public interface LoginAttemptStore {

    boolean isBlocked(String username, String address);

    void recordFailure(String username, String address);

    void recordSuccess(String username, String address);
}
