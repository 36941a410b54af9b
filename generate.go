// Package ropa is a catalog for records of processing (GDPR Art 30) and
// data maps. The server is cmd/ropa; this file holds the code generation
// steps, in the order they must run: ent (with the GraphQL schema of the
// entities) first, gqlgen second.
package ropa

//go:generate go run -mod=mod ./ent/entc.go
//go:generate go run -mod=mod github.com/99designs/gqlgen
