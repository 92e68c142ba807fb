#!/usr/bin/perl
# Writes tollgate-test-country.mmdb: a tiny MaxMind DB in the layout of GeoLite2-Country
# (country / registered_country -> iso_code, names) over the documentation networks the
# test captures use, so GeoIP lookups and the new-country detector can be tested with a
# real database file. Needs Debian's libmaxmind-db-writer-perl.
#   perl make-test-db.pl [OUTPUT]
use strict;
use warnings;
use utf8;
use MaxMind::DB::Writer::Tree;

my $out = shift // 'tollgate-test-country.mmdb';

my %types = (
    country            => 'map',
    registered_country => 'map',
    iso_code           => 'utf8_string',
    names              => 'map',
    en                 => 'utf8_string',
    de                 => 'utf8_string',
);

my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version               => 6,
    record_size              => 24,
    database_type            => 'Tollgate-Test-Country',
    languages                => [ 'en', 'de' ],
    description              => { en => 'Tollgate test data: documentation networks mapped to countries' },
    map_key_type_callback    => sub { $types{ $_[0] } },
    remove_reserved_networks => 0,     # the test networks are all documentation ranges
    alias_ipv6_to_ipv4       => 1,     # IPv4 also under ::ffff:0:0/96, as in GeoLite2
    _build_epoch             => 1793491200,   # 2026-11-01 00:00 UTC: the same bytes on every run
);

sub country {
    my ( $iso, $en, $de ) = @_;
    return { iso_code => $iso, names => { en => $en, de => $de } };
}

my @networks = (
    [ '192.0.2.0/24',      { country => country( 'GB', 'United Kingdom', 'Vereinigtes Königreich' ) } ],
    [ '198.51.100.0/24',   { country => country( 'NG', 'Nigeria', 'Nigeria' ) } ],
    [ '203.0.113.0/25',    { country => country( 'DE', 'Germany', 'Deutschland' ) } ],
    [ '203.0.113.128/25',  { country => country( 'US', 'United States', 'Vereinigte Staaten' ) } ],
    [ '2001:db8::/32',     { country => country( 'BR', 'Brazil', 'Brasilien' ) } ],
    [ '2001:db8:ab::/48',  { country => country( 'JP', 'Japan', 'Japan' ) } ],
    # No country, only where the network is registered (like anycast or satellite ranges).
    [ '100.64.0.0/10',     { registered_country => country( 'SC', 'Seychelles', 'Seychellen' ) } ],
);
$tree->insert_network( $_->[0], $_->[1] ) for @networks;

open my $fh, '>:raw', $out or die "cannot write $out: $!\n";
$tree->write_tree($fh);
close $fh or die "cannot write $out: $!\n";
