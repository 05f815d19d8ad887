package com.empowerfitness.guide.staff;

class InMemoryLoginAttemptStoreTest extends LoginAttemptStoreContract {

    @Override
    protected LoginAttemptStore createStore() {
        return new InMemoryLoginAttemptStore();
    }
}
