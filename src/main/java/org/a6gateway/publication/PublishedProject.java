package org.a6gateway.publication;

/** The project a published unit comes from: its programme, its id there, its name, and the private registry's page of it. */
public record PublishedProject(String program, String projectId, String projectName, String link) {
}
