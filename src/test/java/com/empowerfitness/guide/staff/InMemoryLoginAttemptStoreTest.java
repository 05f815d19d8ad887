package com.empowerfitness.guide.staff;

import java.time.Clock;

class InMemoryLoginAttemptStoreTest extends LoginAttemptStoreContract {

    @Override
    protected LoginAttemptStore createStore(Clock clock) {
        return new InMemoryLoginAttemptStore(clock);
    }
}
