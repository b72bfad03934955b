# `entente serve` (the server itself is tested by entente_server_tests)
entente_cli_case(serve_help 0 "entente serve --port 8080 --open" "" serve --help)
entente_cli_case(serve_bad_port 2 "" "--port: expected a port from 0 to 65535, written in digits, got 70000" serve --port 70000)
entente_cli_case(serve_hex_port 2 "" "--port: expected a port from 0 to 65535, written in digits, got \"0x10\"" serve --port 0x10)
