/**
 * What every decision shares, independent of its subject: who may take it, who took it, and how a refusal reads.
 * Pure Java and Axon only; no Spring.
 */
package nl.regioregister.command.besluit;
