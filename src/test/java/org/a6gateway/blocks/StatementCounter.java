package org.a6gateway.blocks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source handing out the test transaction's own connection (so uncommitted rows are seen),
 * counting the statements prepared on it and never closing it.
 */
final class StatementCounter extends DelegatingDataSource {

    private final AtomicInteger prepared = new AtomicInteger();

    StatementCounter(DataSource target) {
        super(target);
    }

    int prepared() {
        return prepared.get();
    }

    @Override
    public Connection getConnection() {
        var connection = DataSourceUtils.getConnection(getTargetDataSource());
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        prepared.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
