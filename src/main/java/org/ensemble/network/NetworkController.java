package org.ensemble.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ensemble.credit.Role;
import org.ensemble.system.BadRequestException;
import org.ensemble.system.Params;

/**
 * Networks for drawing, in the format asked for by {@code format=} or the Accept header. The graph is
 * read completely before the first byte is written, so any error is still answered as a problem.
 */
@RestController
class NetworkController {

	private static final int MAX_SEEDS = 50;

	private final Networks networks;

	private final JsonMapper json;

	NetworkController(Networks networks, JsonMapper json) {
		this.networks = networks;
		this.json = json;
	}

	/**
	 * Around people ({@code people=}, {@code depth} 0 to draw only them and their ties), or, with
	 * {@code pairings=true}, the repeat-pairing network of the whole graph for the question
	 * {@code GET /api/pairings} answers ({@code roles} then names the pair's two roles; {@code from},
	 * {@code to} and {@code topBilled} as there), so that a drawing of either exports in every format.
	 */
	@GetMapping("/api/network")
	void network(@RequestParam(required = false) String people, @RequestParam(required = false) Integer depth,
			@RequestParam(required = false) Integer minShared, @RequestParam(required = false) String roles,
			@RequestParam(required = false) Integer limit, @RequestParam(defaultValue = "false") boolean works,
			@RequestParam(defaultValue = "false") boolean pairings, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Integer topBilled,
			@RequestParam(required = false) String format, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
			HttpServletResponse response) throws IOException {
		GraphFormat chosen = GraphFormat.choose(format, accept);
		if (pairings) {
			if (people != null) {
				throw new BadRequestException("people", "give people or pairings=true, not both");
			}
			List<Role> pair = Params.rolePair("roles", roles);
			Params.yearWindow(Params.year("from", from), Params.year("to", to));
			write(this.networks.ofPairings(new PairingsRequest((pair == null) ? null : pair.get(0),
					(pair == null) ? null : pair.get(1), Params.bounded("minShared", minShared, 2, 1, 100_000), from, to,
					Params.topBilled(topBilled))), chosen, response);
			return;
		}
		onlyWithPairings("from", from);
		onlyWithPairings("to", to);
		onlyWithPairings("topBilled", topBilled);
		NetworkRequest request = new NetworkRequest(Params.ids("people", people, 1, MAX_SEEDS),
				Params.bounded("depth", depth, 1, 0, NetworkRequest.MAX_DEPTH),
				Params.bounded("minShared", minShared, 1, 1, 100_000), Params.roles("roles", roles),
				Params.bounded("limit", limit, NetworkRequest.DEFAULT_LIMIT, 1, NetworkRequest.MAX_LIMIT), works);
		write(this.networks.around(request), chosen, response);
	}

	private static void onlyWithPairings(String name, Integer value) {
		if (value != null) {
			throw new BadRequestException(name, "is a parameter of pairings=true");
		}
	}

	@GetMapping("/api/works/{id}/network")
	void workNetwork(@PathVariable String id, @RequestParam(defaultValue = "false") boolean works,
			@RequestParam(required = false) String format, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
			HttpServletResponse response) throws IOException {
		GraphFormat chosen = GraphFormat.choose(format, accept);
		write(this.networks.ofWork(Params.id("id", id), works), chosen, response);
	}

	private void write(Graph graph, GraphFormat format, HttpServletResponse response) throws IOException {
		response.setContentType(format.mediaType().toString());
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (format == GraphFormat.GRAPHML || format == GraphFormat.GEXF) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"network." + format.extension() + "\"");
		}
		OutputStream out = response.getOutputStream();
		try {
			switch (format) {
				case GRAPHML -> GraphMlWriter.write(graph, out);
				case GEXF -> GexfWriter.write(graph, out);
				default -> this.json.writeValue(out, JsonShapes.of(format, graph));
			}
		}
		catch (XMLStreamException ex) {
			throw new IOException("Could not write the network as " + format.extension(), ex);
		}
		out.flush();
	}

}
