"""HTTP front ends: `dev` (one site, `hostedat dev`) and, later, the multi-site server."""
