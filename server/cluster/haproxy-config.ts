/**
 * The balancer config the cluster suite runs (and server/DEPLOY.md shows): round robin over the
 * app servers; a server takes traffic only while both its liveness (/healthz) and readiness
 * (/readyz) checks pass; a request whose connection was refused goes to another server.
 */
export function haproxyConfig(options: { listenPort: number; statsPort: number; servers: { name: string; port: number }[] }): string {
  return `global
  maxconn 2000

defaults
  mode http
  option httplog
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout check 2s
  # Only a connection that failed before the request was sent is retried elsewhere: a POST
  # that reached a server that then died is never replayed (it may have committed).
  retries 2
  retry-on conn-failure
  option redispatch

frontend portal
  bind 127.0.0.1:${options.listenPort}
  default_backend app_servers

backend app_servers
  balance roundrobin
  option forwardfor
  option httpchk
  http-check connect
  http-check send meth GET uri /healthz
  http-check expect status 200
  http-check connect
  http-check send meth GET uri /readyz
  http-check expect status 200
  default-server inter 500ms fall 2 rise 2
${options.servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`).join('\n')}

frontend stats
  bind 127.0.0.1:${options.statsPort}
  stats enable
  stats uri /stats
`;
}
