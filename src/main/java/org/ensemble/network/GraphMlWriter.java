package org.ensemble.network;

import java.io.OutputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (graphml.graphdrawing.org), written as a stream. Every attribute is declared once as a
 * typed {@code <key>}, so networkx, yEd and Gephi read years and weights as numbers; a value that is
 * unknown is left out rather than written empty.
 */
final class GraphMlWriter {

	private static final String NS = "http://graphml.graphdrawing.org/xmlns";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	/** id, for, attr.name, attr.type: node and edge "type" need distinct key ids. */
	private static final String[][] KEYS = { { "label", "node", "label", "string" }, { "type", "node", "type", "string" },
			{ "year", "node", "year", "int" }, { "seed", "node", "seed", "boolean" }, { "role", "node", "role", "string" },
			{ "mainRole", "node", "mainRole", "string" },
			{ "weight", "edge", "weight", "int" }, { "first", "edge", "first", "int" }, { "last", "edge", "last", "int" },
			{ "edgeType", "edge", "type", "string" }, { "reunion", "edge", "reunion", "boolean" },
			{ "roles", "edge", "roles", "string" } };

	private GraphMlWriter() {
	}

	static void write(Graph graph, OutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = XmlOutput.writer(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("graphml");
		xml.writeDefaultNamespace(NS);
		xml.writeNamespace("xsi", XSI);
		xml.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
		for (String[] key : KEYS) {
			xml.writeEmptyElement("key");
			xml.writeAttribute("id", key[0]);
			xml.writeAttribute("for", key[1]);
			xml.writeAttribute("attr.name", key[2]);
			xml.writeAttribute("attr.type", key[3]);
		}
		xml.writeStartElement("graph");
		xml.writeAttribute("id", "ensemble");
		// Collaborations have no direction; credits read person to work by source and target.
		xml.writeAttribute("edgedefault", "undirected");
		for (Node node : graph.nodes()) {
			xml.writeStartElement("node");
			xml.writeAttribute("id", XmlOutput.text(node.id()));
			data(xml, "label", node.label());
			data(xml, "type", node.type());
			data(xml, "year", node.year());
			data(xml, "seed", node.seed());
			data(xml, "role", node.role());
			data(xml, "mainRole", node.mainRole());
			xml.writeEndElement();
		}
		for (Edge edge : graph.edges()) {
			xml.writeStartElement("edge");
			xml.writeAttribute("id", edge.id());
			xml.writeAttribute("source", edge.source());
			xml.writeAttribute("target", edge.target());
			data(xml, "weight", edge.weight());
			data(xml, "first", edge.first());
			data(xml, "last", edge.last());
			data(xml, "edgeType", edge.type());
			data(xml, "reunion", edge.reunion());
			data(xml, "roles", edge.roles());
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(XmlOutput.text(value));
		xml.writeEndElement();
	}

}
