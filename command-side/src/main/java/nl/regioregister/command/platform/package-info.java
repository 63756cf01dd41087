/** Plumbing of the command side: security, decision metadata, problem responses, clock. */
package nl.regioregister.command.platform;
