package org.a6gateway.publication;

import org.a6gateway.registries.Registry;

/** An API of publication registries: makes the target for each registry configured with it. */
public interface PublicationProtocol {

    String name();

    PublicationTarget connect(Registry registry);
}
