package io.handoff.contacts.owner;

/** Which owner of a contact: the setter who works the lead or the closer who takes the call. */
public enum OwnerRole {
    SETTER, CLOSER
}
