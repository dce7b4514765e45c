package org.ensemble.network;

import java.io.OutputStream;
import java.time.LocalDate;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3 (gexf.net), written as a stream, for Gephi and sigma.js: labels and weights in GEXF's
 * own attributes, everything else declared in {@code <attributes>} and given per element in
 * {@code <attvalues>}.
 */
final class GexfWriter {

	private static final String NS = "http://gexf.net/1.3";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	/** id (= title), type. */
	private static final String[][] NODE_ATTRIBUTES = { { "type", "string" }, { "year", "integer" }, { "seed", "boolean" },
			{ "role", "string" }, { "mainRole", "string" } };

	private static final String[][] EDGE_ATTRIBUTES = { { "type", "string" }, { "first", "integer" }, { "last", "integer" },
			{ "reunion", "boolean" }, { "roles", "string" } };

	private GexfWriter() {
	}

	static void write(Graph graph, OutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = XmlOutput.writer(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("gexf");
		xml.writeDefaultNamespace(NS);
		xml.writeNamespace("xsi", XSI);
		xml.writeAttribute(XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
		xml.writeAttribute("version", "1.3");
		xml.writeStartElement("meta");
		xml.writeAttribute("lastmodifieddate", LocalDate.now().toString());
		element(xml, "creator", "Ensemble");
		element(xml, "description", "Collaboration network" + (graph.truncated() ? " (truncated at the limit)" : ""));
		xml.writeEndElement();
		xml.writeStartElement("graph");
		xml.writeAttribute("mode", "static");
		xml.writeAttribute("defaultedgetype", "undirected");
		attributes(xml, "node", NODE_ATTRIBUTES);
		attributes(xml, "edge", EDGE_ATTRIBUTES);
		xml.writeStartElement("nodes");
		for (Node node : graph.nodes()) {
			xml.writeStartElement("node");
			xml.writeAttribute("id", XmlOutput.text(node.id()));
			xml.writeAttribute("label", XmlOutput.text(node.label() == null ? node.id() : node.label()));
			xml.writeStartElement("attvalues");
			value(xml, "type", node.type());
			value(xml, "year", node.year());
			value(xml, "seed", node.seed());
			value(xml, "role", node.role());
			value(xml, "mainRole", node.mainRole());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeStartElement("edges");
		for (Edge edge : graph.edges()) {
			xml.writeStartElement("edge");
			xml.writeAttribute("id", edge.id());
			xml.writeAttribute("source", edge.source());
			xml.writeAttribute("target", edge.target());
			xml.writeAttribute("weight", Integer.toString(edge.weight()));
			xml.writeStartElement("attvalues");
			value(xml, "type", edge.type());
			value(xml, "first", edge.first());
			value(xml, "last", edge.last());
			value(xml, "reunion", edge.reunion());
			value(xml, "roles", edge.roles());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private static void attributes(XMLStreamWriter xml, String kind, String[][] attributes) throws XMLStreamException {
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", kind);
		for (String[] attribute : attributes) {
			xml.writeEmptyElement("attribute");
			xml.writeAttribute("id", attribute[0]);
			xml.writeAttribute("title", attribute[0]);
			xml.writeAttribute("type", attribute[1]);
		}
		xml.writeEndElement();
	}

	private static void value(XMLStreamWriter xml, String attribute, Object value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeEmptyElement("attvalue");
		xml.writeAttribute("for", attribute);
		xml.writeAttribute("value", XmlOutput.text(value));
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
