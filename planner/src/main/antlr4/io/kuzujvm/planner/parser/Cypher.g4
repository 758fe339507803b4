/*
 * Kùzu's Cypher dialect: reading queries, DDL, COPY / LOAD FROM, CALL, database
 * management (ATTACH, DETACH, USE, INSTALL, LOAD EXTENSION), transactions and EXPLAIN.
 * Keywords are case-insensitive; most keywords may also serve as names.
 */
grammar Cypher;

statements
    : statement ( ';' statement )* ';'? EOF
    ;

statement
    : EXPLAIN statement                                            # explainStatement
    | PROFILE statement                                            # profileStatement
    | regularQuery                                                 # queryStatement
    | createNodeTable                                              # createNodeTableStatement
    | createRelTable                                               # createRelTableStatement
    | DROP TABLE ( IF EXISTS )? symbolicName                       # dropTableStatement
    | ALTER TABLE symbolicName alterAction                         # alterTableStatement
    | CREATE SEQUENCE ( IF NOT EXISTS )? symbolicName sequenceOption*  # createSequenceStatement
    | DROP SEQUENCE ( IF EXISTS )? symbolicName                    # dropSequenceStatement
    | CREATE MACRO symbolicName '(' macroParameters? ')' AS expression  # createMacroStatement
    | DROP MACRO ( IF EXISTS )? symbolicName                       # dropMacroStatement
    | COMMENT ON TABLE symbolicName IS StringLiteral               # commentOnTableStatement
    | copyFrom                                                     # copyFromStatement
    | COPY '(' regularQuery ')' TO StringLiteral ( '(' optionList ')' )?  # copyToStatement
    | EXPORT DATABASE StringLiteral ( '(' optionList ')' )?        # exportDatabaseStatement
    | IMPORT DATABASE StringLiteral                                # importDatabaseStatement
    | ATTACH StringLiteral ( AS symbolicName )? '(' optionList ')'    # attachStatement
    | DETACH symbolicName                                          # detachStatement
    | USE symbolicName                                             # useStatement
    | FORCE? INSTALL symbolicName ( FROM StringLiteral )?          # installStatement
    | LOAD EXTENSION? ( symbolicName | StringLiteral )             # loadExtensionStatement
    | CALL symbolicName '=' expression                             # setOptionStatement
    | BEGIN TRANSACTION ( READ ONLY )?                             # beginTransactionStatement
    | COMMIT                                                       # commitStatement
    | ROLLBACK                                                     # rollbackStatement
    | CHECKPOINT                                                   # checkpointStatement
    ;

// ---- DDL ----

// CREATE ... TABLE t AS query takes its columns and rows from the query.
createNodeTable
    : CREATE NODE TABLE ( IF NOT EXISTS )? symbolicName
      ( '(' propertyDefinition ( ',' propertyDefinition )* ( ',' primaryKey )? ')' | AS regularQuery )
    ;

createRelTable
    : CREATE REL TABLE GROUP? ( IF NOT EXISTS )? symbolicName '(' fromTo ( ',' fromTo )*
      ( ( ',' propertyDefinition )* ( ',' symbolicName )? ')' | ')' AS regularQuery ) ( WITH '(' optionList ')' )?
    ;

fromTo
    : FROM symbolicName TO symbolicName
    ;

alterAction
    : ADD ( IF NOT EXISTS )? fromTo                                # alterAddFromTo
    | ADD ( IF NOT EXISTS )? symbolicName dataType ( DEFAULT expression )?  # alterAddProperty
    | DROP ( IF EXISTS )? fromTo                                   # alterDropFromTo
    | DROP ( IF EXISTS )? symbolicName                             # alterDropProperty
    | RENAME TO symbolicName                                       # alterRenameTable
    | RENAME symbolicName TO symbolicName                          # alterRenameProperty
    ;

sequenceOption
    : INCREMENT BY? signedInteger                                  # sequenceIncrement
    | NO MINVALUE                                                  # sequenceNoMin
    | MINVALUE signedInteger                                       # sequenceMin
    | NO MAXVALUE                                                  # sequenceNoMax
    | MAXVALUE signedInteger                                       # sequenceMax
    | START WITH? signedInteger                                    # sequenceStart
    | NO? CYCLE                                                    # sequenceCycle
    ;

signedInteger
    : ( '-' | '+' )? DecimalInteger
    ;

// Parameters with a default value (name := expression) come after those without.
macroParameters
    : symbolicName ( ',' symbolicName )* ( ',' macroDefault )*
    | macroDefault ( ',' macroDefault )*
    ;

macroDefault
    : symbolicName ':' '=' expression
    ;

propertyDefinition
    : symbolicName dataType ( DEFAULT expression )? ( PRIMARY KEY )?
    ;

primaryKey
    : PRIMARY KEY '(' symbolicName ')'
    ;

// The text of a type is handed to LogicalType.parse; the grammar only delimits it.
dataType
    : symbolicName '(' typeField ( ',' typeField )* ')' arraySuffix*        // STRUCT(a INT64, ...), UNION(...)
    | symbolicName '(' dataType ',' dataType ')' arraySuffix*               // MAP(K, V)
    | symbolicName ( '(' DecimalInteger ( ',' DecimalInteger )? ')' )? arraySuffix*
    ;

typeField
    : symbolicName dataType
    ;

arraySuffix
    : '[' DecimalInteger? ']'
    ;

// ---- COPY ----

// A qualified target (db.table) only parses so that writing to an attached table gets a clear error.
copyFrom
    : COPY qualifiedName ( '(' ( symbolicName ( ',' symbolicName )* )? ')' )? FROM copySource ( '(' optionList ')' )?
    ;

copySource
    : '(' regularQuery ')'                                         # copyFromQuery
    | '(' StringLiteral ( ',' StringLiteral )* ')' BY COLUMN       # copyFromColumnFiles
    | StringLiteral ( ',' StringLiteral )*                         # copyFromFiles
    | '[' StringLiteral ( ',' StringLiteral )* ']'                 # copyFromFileList
    | functionInvocation                                           # copyFromFunction
    | qualifiedName                                                # copyFromTable
    ;

optionList
    : option ( ',' option )*
    ;

// A bare name is a flag: (HEADER) means HEADER=true.
option
    : symbolicName '='? ( literal | symbolicName )
    | symbolicName
    ;

qualifiedName
    : symbolicName ( '.' symbolicName )?
    ;

// ---- queries ----

regularQuery
    : singleQuery ( UNION ALL? singleQuery )*
    ;

singleQuery
    : ( readingClause | withClause | updatingClause )+ returnClause?
    | returnClause
    ;

updatingClause
    : CREATE pattern                                               # createClause
    | MERGE pattern mergeAction*                                   # mergeClause
    | setClause                                                    # setUpdate
    | DETACH? DELETE expression ( ',' expression )*                # deleteClause
    ;

mergeAction
    : ON ( MATCH | CREATE ) setClause
    ;

setClause
    : SET setItem ( ',' setItem )*
    ;

setItem
    : symbolicName '.' symbolicName '=' expression                 # setProperty
    | symbolicName '=' mapLiteral                                  # setProperties
    ;

readingClause
    : matchClause
    | unwindClause
    | loadFromClause
    | callClause
    ;

matchClause
    : OPTIONAL? MATCH pattern whereClause?
    ;

unwindClause
    : UNWIND expression AS symbolicName
    ;

loadFromClause
    : LOAD ( WITH HEADERS '(' typeField ( ',' typeField )* ')' )? FROM loadSource ( '(' optionList ')' )? whereClause?
    ;

loadSource
    : StringLiteral ( ',' StringLiteral )*                         # loadFromFiles
    | '[' StringLiteral ( ',' StringLiteral )* ']'                 # loadFromFileList
    | qualifiedName                                                # loadFromTable
    | '(' regularQuery ')'                                         # loadFromQuery
    ;

// A WHERE before YIELD filters the function's columns; one after it, the yielded names.
callClause
    : CALL functionInvocation filter=whereClause? ( YIELD yieldItem ( ',' yieldItem )* where=whereClause? )?
    ;

yieldItem
    : symbolicName ( AS symbolicName )?
    ;

withClause
    : WITH projectionBody whereClause?
    ;

returnClause
    : RETURN projectionBody
    ;

projectionBody
    : DISTINCT? projectionItems orderBy? skip? limit?
    ;

projectionItems
    : '*' ( ',' projectionItem )*
    | projectionItem ( ',' projectionItem )*
    ;

projectionItem
    : symbolicName '.' '*'                                         # propertyStarItem
    | expression ( AS symbolicName )?                              # expressionItem
    ;

orderBy
    : ORDER BY sortItem ( ',' sortItem )*
    ;

sortItem
    : expression ( ASC | ASCENDING | DESC | DESCENDING )?
    ;

skip
    : SKIP_ expression
    ;

limit
    : LIMIT expression
    ;

whereClause
    : WHERE expression
    ;

// ---- patterns ----

pattern
    : patternPart ( ',' patternPart )*
    ;

patternPart
    : ( symbolicName '=' )? patternElement
    ;

patternElement
    : nodePattern patternElementChain*
    | '(' patternElement ')'
    ;

nodePattern
    : '(' symbolicName? labels? properties? ')'
    ;

patternElementChain
    : relationshipPattern nodePattern
    ;

relationshipPattern
    : '<' '-' relationshipDetail? '-' '>'?
    | '-' relationshipDetail? '-' '>'?
    ;

relationshipDetail
    : '[' symbolicName? labels? recursiveDetail? properties? ']'
    ;

// Variable-length relationships: -[e:T* SHORTEST 1..3 (r, n | WHERE r.x > 1 | {r.x}, {n.y})]->
recursiveDetail
    : '*' recursiveType? rangeLiteral? recursiveComprehension?
    ;

recursiveType
    : ALL? WSHORTEST '(' symbolicName ')'
    | ALL? SHORTEST
    | TRAIL
    | ACYCLIC
    ;

recursiveComprehension
    : '(' symbolicName ',' symbolicName ( '|' whereClause )? ( '|' recursiveProjection ',' recursiveProjection )? ')'
    ;

recursiveProjection
    : '{' ( expression ( ',' expression )* )? '}'
    ;

// (a:A|B), (a:A|:B) and (a:A:B) all mean "of table A or B".
labels
    : ':' labelName ( ( '|' ':'? | ':' ) labelName )*
    ;

// db.table names a table of an attached database, which patterns cannot use (a clear error).
labelName
    : qualifiedName
    ;

rangeLiteral
    : lower=DecimalInteger? '..' upper=DecimalInteger?
    | exact=DecimalInteger
    ;

properties
    : mapLiteral
    ;

// ---- expressions (earlier alternatives bind tighter) ----

expression
    : expression '.' symbolicName                                  # propertyAccess
    | expression '[' expression ']'                                # indexAccess
    | expression '[' from=expression? ( ':' | '..' ) to=expression? ']'  # sliceAccess
    | op=( '-' | '+' ) expression                                  # unary
    | expression '^' expression                                    # power
    | expression op=( '*' | '/' | '%' ) expression                 # multiplicative
    | expression op=( '+' | '-' ) expression                       # additive
    | expression op=( '<<' | '>>' ) expression                     # bitShift
    | expression '&' expression                                    # bitwiseAnd
    | expression IS NOT? NULL_                                     # nullCheck
    | expression STARTS WITH expression                            # startsWith
    | expression ENDS WITH expression                              # endsWith
    | expression CONTAINS expression                               # contains
    | expression IN expression                                     # in
    | expression op=( '=' | '<>' | '<' | '<=' | '>' | '>=' | '!=' ) expression  # comparison
    | NOT expression                                               # not
    | expression AND expression                                    # and
    | expression XOR expression                                    # xor
    | expression OR expression                                     # or
    | atom                                                         # atomExpression
    ;

atom
    : literal                                                      # literalAtom
    | parameter                                                    # parameterAtom
    | COUNT '(' '*' ')'                                            # countStar
    | CASE expression? ( WHEN expression THEN expression )+ ( ELSE expression )? END  # caseAtom
    | '[' ( expression ( ',' expression )* )? ']'                  # listAtom
    | mapLiteral                                                   # mapAtom
    | symbolicName '(' expression AS dataType ')'                  # castAtom      // CAST(x AS type)
    | symbolicName '(' symbolicName IN expression WHERE expression ')'  # quantifierAtom  // ANY(x IN list WHERE p)
    | functionInvocation                                           # functionAtom
    | '(' expression ')'                                           # parenthesized
    | symbolicName                                                 # variableAtom
    ;

functionInvocation
    : symbolicName '(' DISTINCT? ( functionArgument ( ',' functionArgument )* )? ')'
    ;

// x -> x + 1 and (x, y) -> x + y: the lambdas of list_transform, list_filter and list_reduce.
functionArgument
    : lambdaParameters '-' '>' expression
    | expression
    ;

lambdaParameters
    : symbolicName
    | '(' symbolicName ( ',' symbolicName )* ')'
    ;

mapLiteral
    : '{' ( symbolicName ':' expression ( ',' symbolicName ':' expression )* )? '}'
    ;

parameter
    : '$' ( symbolicName | DecimalInteger )
    ;

literal
    : DecimalInteger                                               # integerLiteral
    | ( RegularDecimalReal | ExponentDecimalReal )                 # doubleLiteral
    | StringLiteral                                                # stringLiteral
    | TRUE                                                         # trueLiteral
    | FALSE                                                        # falseLiteral
    | NULL_                                                        # nullLiteral
    ;

symbolicName
    : Identifier
    | EscapedIdentifier
    | nonReservedKeyword
    ;

// Keywords Kùzu lets users take as names (tables, properties, variables, functions).
nonReservedKeyword
    : ALL | ASC | ASCENDING | ATTACH | BEGIN | CHECKPOINT | COMMIT | CONTAINS | COPY | COUNT | DEFAULT
    | DESC | DESCENDING | DETACH | DROP | END | ENDS | EXISTS | EXTENSION | FORCE | FROM | GROUP | IF | INSTALL
    | KEY | LOAD | NODE | ONLY | PRIMARY | PROFILE | READ | REL | ROLLBACK | SKIP_ | STARTS | TABLE
    | TO | TRANSACTION | UNION | USE | YIELD | LIMIT | EXPLAIN
    | HEADERS | ALTER | ADD | RENAME | SEQUENCE | INCREMENT | MINVALUE | MAXVALUE | NO | START | CYCLE
    | COLUMN | EXPORT | IMPORT | DATABASE | DELETE | MERGE | SET | MACRO | COMMENT
    | SHORTEST | WSHORTEST | TRAIL | ACYCLIC
    ;

// ---- lexer ----

ALL : A L L ;
ACYCLIC : A C Y C L I C ;
SHORTEST : S H O R T E S T ;
TRAIL : T R A I L ;
WSHORTEST : W S H O R T E S T ;
AND : A N D ;
AS : A S ;
ASC : A S C ;
ASCENDING : A S C E N D I N G ;
ATTACH : A T T A C H ;
BEGIN : B E G I N ;
BY : B Y ;
COLUMN : C O L U M N ;
ALTER : A L T E R ;
ADD : A D D ;
RENAME : R E N A M E ;
SEQUENCE : S E Q U E N C E ;
INCREMENT : I N C R E M E N T ;
MINVALUE : M I N V A L U E ;
MAXVALUE : M A X V A L U E ;
NO : N O ;
START : S T A R T ;
CYCLE : C Y C L E ;
CALL : C A L L ;
CASE : C A S E ;
CHECKPOINT : C H E C K P O I N T ;
COMMIT : C O M M I T ;
COMMENT : C O M M E N T ;
CONTAINS : C O N T A I N S ;
COPY : C O P Y ;
COUNT : C O U N T ;
CREATE : C R E A T E ;
DEFAULT : D E F A U L T ;
DESC : D E S C ;
DESCENDING : D E S C E N D I N G ;
DATABASE : D A T A B A S E ;
DETACH : D E T A C H ;
DELETE : D E L E T E ;
DISTINCT : D I S T I N C T ;
DROP : D R O P ;
ELSE : E L S E ;
END : E N D ;
ENDS : E N D S ;
EXISTS : E X I S T S ;
EXPLAIN : E X P L A I N ;
EXTENSION : E X T E N S I O N ;
FALSE : F A L S E ;
FORCE : F O R C E ;
FROM : F R O M ;

HEADERS : H E A D E R S ;
GROUP : G R O U P ;
IF : I F ;
IN : I N ;
INSTALL : I N S T A L L ;
IS : I S ;
KEY : K E Y ;
LIMIT : L I M I T ;
LOAD : L O A D ;
MACRO : M A C R O ;
MATCH : M A T C H ;
NODE : N O D E ;
NOT : N O T ;
NULL_ : N U L L ;
ON : O N ;
ONLY : O N L Y ;
OPTIONAL : O P T I O N A L ;
OR : O R ;
ORDER : O R D E R ;
PRIMARY : P R I M A R Y ;
PROFILE : P R O F I L E ;
READ : R E A D ;
REL : R E L ;
RETURN : R E T U R N ;
ROLLBACK : R O L L B A C K ;
SKIP_ : S K I P ;
STARTS : S T A R T S ;
TABLE : T A B L E ;
THEN : T H E N ;
TO : T O ;
EXPORT : E X P O R T ;
IMPORT : I M P O R T ;
TRANSACTION : T R A N S A C T I O N ;
TRUE : T R U E ;
UNION : U N I O N ;
UNWIND : U N W I N D ;
MERGE : M E R G E ;
SET : S E T ;
USE : U S E ;
WHEN : W H E N ;
WHERE : W H E R E ;
WITH : W I T H ;
XOR : X O R ;
YIELD : Y I E L D ;

StringLiteral
    : '"' ( ~[\\"] | EscapeSequence )* '"'
    | '\'' ( ~[\\'] | EscapeSequence )* '\''
    ;

fragment EscapeSequence
    : '\\' .
    ;

DecimalInteger
    : '0'
    | [1-9] [0-9]*
    ;

RegularDecimalReal
    : [0-9]* '.' [0-9]+
    ;

ExponentDecimalReal
    : ( [0-9]+ | [0-9]* '.' [0-9]+ ) [eE] '-'? [0-9]+
    ;

Identifier
    : [\p{L}_] [\p{L}\p{N}_]*
    ;

EscapedIdentifier
    : '`' ( ~'`' | '``' )* '`'
    ;

WHITESPACE : [ \t\r\n\u000B\u000C\u00A0\u2000-\u200B\u3000]+ -> skip ;
LINE_COMMENT : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;

// Any other character is an error the parser reports with its position.
UNKNOWN : . ;

fragment A : [aA] ; fragment B : [bB] ; fragment C : [cC] ; fragment D : [dD] ;
fragment E : [eE] ; fragment F : [fF] ; fragment G : [gG] ; fragment H : [hH] ;
fragment I : [iI] ; fragment J : [jJ] ; fragment K : [kK] ; fragment L : [lL] ;
fragment M : [mM] ; fragment N : [nN] ; fragment O : [oO] ; fragment P : [pP] ;
fragment Q : [qQ] ; fragment R : [rR] ; fragment S : [sS] ; fragment T : [tT] ;
fragment U : [uU] ; fragment V : [vV] ; fragment W : [wW] ; fragment X : [xX] ;
fragment Y : [yY] ; fragment Z : [zZ] ;
