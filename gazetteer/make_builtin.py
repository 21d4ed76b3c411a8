import math,sys
G=sys.argv[1] if len(sys.argv) > 1 else '../../shared/data/geo/'
ci={}
for l in open(G+'countryInfo.tsv'):
    if l.startswith('#'): continue
    c=l.rstrip('\n').split('\t')
    if len(c)<17: continue
    ci[c[1]]=(c[0],c[16],c[7],c[5])
iso2to3={v[0]:k for k,v in ci.items()}
cities={}
for l in open(G+'cities15000.txt'):
    c=l.rstrip('\n').split('\t')
    cities.setdefault(iso2to3.get(c[8],''),[]).append(c)
out=['# sitrep built-in gazetteer: see gazetteer/README.md. Columns:',
     '# geonames_id\tname\tcountry\tadmin1\tfeature_class\tfeature_code\tlat\tlon\tpopulation\tother names (;)']
for l in open('sources/countries.txt'):
    iso3,en,fr,al,lat,lon=l.rstrip('\n').split('|')
    if iso3 not in ci: print('no country',iso3,file=sys.stderr); continue
    iso2,gid,pop,cap=ci[iso3]
    names=[fr]+[a for a in al.split(';') if a]
    names=[n for i,n in enumerate(names) if n and n!=en and n not in names[:i]]
    out.append('\t'.join([gid,en,iso3,'','A','PCLI',lat,lon,pop,';'.join(names)]))
def dist(a,b,c,d):
    return math.hypot(a-c,(b-d)*math.cos(math.radians(a)))*111
for l in open('sources/cities.txt'):
    name,iso3,al,lat,lon=l.rstrip('\n').split('|')
    lat,lon=float(lat),float(lon)
    names=[name]+[a for a in al.split(';') if a]
    best=None; best_rank=None
    for c in cities.get(iso3,[]):
        alts=set([c[1],c[2]]+c[3].split(','))
        if any(n in alts for n in names):
            d=dist(lat,lon,float(c[4]),float(c[5]))
            primary = name in (c[1], c[2])
            rank=(primary,int(c[14]))
            if d<40 and (best is None or rank>best_rank): best=c; best_rank=rank
    if best is None: print('NOT VERIFIED',name,iso3,file=sys.stderr); continue
    others=[n for n in names[1:] if n!=name]
    out.append('\t'.join([best[0],name,iso3,best[10],'P',best[7],'%.2f'%lat,'%.2f'%lon,best[14],';'.join(dict.fromkeys(others))]))
for l in open('sources/regions.txt'):
    name,iso3,code,al,lat,lon=l.rstrip('\n').split('|')
    out.append('\t'.join(['',name,iso3,'','L' if code=='RGN' else 'A',code,lat,lon,'',al]))
open('builtin.tsv','w').write('\n'.join(out)+'\n')
